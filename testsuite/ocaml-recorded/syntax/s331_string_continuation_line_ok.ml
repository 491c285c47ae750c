let s = "one \
    two \
    three"
