#!/usr/bin/env python3
"""embed_lib.py: turns the standard modules written in Python (src/lib/*.py) into one C header
holding each module's name and source text, compiled into the shared image by image.c."""
import os
import sys

def c_string(text):
    out = []
    for line in text.splitlines(keepends=True):
        esc = line.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
        out.append('    "' + esc + '"')
    return '\n'.join(out) if out else '    ""'

def main():
    out, srcs = sys.argv[1], sorted(sys.argv[2:])
    lines = ['/* generated from the modules in src/lib by tools/embed_lib.py; do not edit */']
    names = []
    for i, path in enumerate(srcs):
        names.append(os.path.splitext(os.path.basename(path))[0])
        text = open(path, encoding='utf-8').read()
        lines.append('static const char lib_source_%d[] =' % i)
        lines.append(c_string(text) + ';')
    lines.append('#define LIB_MODULE_COUNT %d' % len(srcs))
    lines.append('static const char *const lib_module_names[%d] = { %s };' %
                 (max(len(srcs), 1), ', '.join('"%s"' % n for n in names) or '0'))
    lines.append('static const char *const lib_module_sources[%d] = { %s };' %
                 (max(len(srcs), 1), ', '.join('lib_source_%d' % i for i in range(len(srcs))) or '0'))
    lines.append('static const unsigned lib_module_lengths[%d] = { %s };' %
                 (max(len(srcs), 1), ', '.join('sizeof lib_source_%d - 1' % i for i in range(len(srcs))) or '0'))
    open(out, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')

if __name__ == '__main__':
    main()
