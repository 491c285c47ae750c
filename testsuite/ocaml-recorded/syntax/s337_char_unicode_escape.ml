let c = '\u{41}'
