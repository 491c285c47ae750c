let x = 1
\