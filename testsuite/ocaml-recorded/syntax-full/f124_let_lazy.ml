let lazy = 1
