# counting and grouping idioms with dict methods
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, max(counts, key=counts.get), min(counts.values()), sum(counts.values()), len(counts))
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("q", {}).get("r"), "y" in nested["x"])
d = dict.fromkeys("abc", 0)
d.update(a=1)
print(d, list(d.items())[-1], d.keys() - {"a"} == {"b", "c"})
