# re: match/search/findall/sub/split/groups on common patterns
import re
m = re.match(r"(\w+)-(?P<num>\d+)", "item-42 rest")
print(m.group(0), m.group(1), m["num"], m.groups(), m.groupdict(), m.span(2), m.start(), m.end())
print(re.search(r"\d+", "abc 123 def").group(), re.search("z", "abc"), re.fullmatch(r"a.c", "abc") is not None)
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2"), re.findall(r"x*", "axb"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host"), re.subn("a", "A", "banana"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\W+", "Words, words, words.", maxsplit=1))
print([m.span() for m in re.finditer(r"o", "foo boo")], re.escape("a.b*c"), re.compile(r"ab+", re.I).findall("ABbb ab"))
print(re.match(r"^$", ""), bool(re.match(r"(?i)hello", "HELLO")), re.sub(r"^", ">", "a\nb", flags=re.M))
try:
    re.compile("(")
except re.error as e:
    print(type(e).__name__, e)
