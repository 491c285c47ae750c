type nonrec t += A
