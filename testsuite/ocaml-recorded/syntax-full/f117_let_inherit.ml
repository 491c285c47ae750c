let inherit = 1
