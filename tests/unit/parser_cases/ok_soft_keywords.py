match = 1
case = 2
_ = 3
type = 4
match.x = case[_]
print(match, case, _)