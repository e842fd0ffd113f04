#!/usr/bin/env python3
"""embed_prelude.py: turns src/core/prelude.py into a C header holding its text as a string."""
import sys

def main():
    src, out = sys.argv[1], sys.argv[2]
    text = open(src, encoding='utf-8').read()
    lines = ['/* generated from src/core/prelude.py by tools/embed_prelude.py; do not edit */',
             'static const char prelude_source[] =']
    for line in text.splitlines(keepends=True):
        esc = line.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
        lines.append('    "' + esc + '"')
    lines.append(';')
    open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')

if __name__ == '__main__':
    main()
