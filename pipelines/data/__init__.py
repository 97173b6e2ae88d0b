"""One loader per dataset, each into the `Example` schema."""
