x = ("a"
     b"c")