let n = Nativeint.sub 10n 3
