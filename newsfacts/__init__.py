"""newsfacts: news articles in, analytic Parquet tables out."""
