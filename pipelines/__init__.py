"""Offline work: data loading, training, export, evaluation. May import torch and service/."""
