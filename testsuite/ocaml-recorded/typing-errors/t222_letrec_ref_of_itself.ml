let rec cell = ref cell
