type Color = Red | Green
