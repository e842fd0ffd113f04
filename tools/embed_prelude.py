#!/usr/bin/env python3
"""embed_prelude.py: turns the prelude sources (src/core/prelude*.py, in order) into a C header holding their text as one string."""
import sys

def main():
    srcs, out = sys.argv[1:-1], sys.argv[-1]
    text = ''.join(open(src, encoding='utf-8').read() for src in srcs)
    lines = ['/* generated from src/core/prelude.py by tools/embed_prelude.py; do not edit */',
             'static const char prelude_source[] =']
    for line in text.splitlines(keepends=True):
        esc = line.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
        lines.append('    "' + esc + '"')
    lines.append(';')
    open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')

if __name__ == '__main__':
    main()
