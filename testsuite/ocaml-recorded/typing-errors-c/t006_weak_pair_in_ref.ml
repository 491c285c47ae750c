let state = ref ([], None)
