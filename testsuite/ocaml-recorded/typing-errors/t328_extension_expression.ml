let x = [%getenv "HOME"]
