let o = new C
