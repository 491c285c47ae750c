let colors = [`Red; `Green; `Rgb (1, 2, 3)]
