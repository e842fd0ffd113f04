if 1:
 if 2:
  if 3:
   if 4:
    if 5:
     if 6:
      if 7:
       if 8:
        if 9:
         if 10:
          x = 1
        y = 2
 z = 3
