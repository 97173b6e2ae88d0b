"""HTTP edge: schemas, routes, middleware. Thin: the work happens in Predictor and Registry."""
