 \ # comment
x = 1