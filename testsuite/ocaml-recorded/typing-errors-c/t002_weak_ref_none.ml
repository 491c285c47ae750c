let current = ref None
