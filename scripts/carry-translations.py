#!/usr/bin/env python3
"""Carry translations over to messages that moved to a new context.

Usage: scripts/carry-translations.py OLD.ts NEW.ts  (OLD: the .ts before `ninja -C build update_translations`)
For every unfinished message in NEW.ts whose source (and comment) had a finished translation in OLD.ts,
copy that translation element verbatim. Prints what it carried and what stays unfinished.
"""
import re
import sys

MESSAGE = re.compile(r'( *)<message( numerus="yes")?>\n(.*?)\n\1</message>', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
COMMENT = re.compile(r'<comment>(.*?)</comment>', re.S)
TRANSLATION = re.compile(r'( *)<translation[^>]*>.*?</translation>|( *)<translation[^>]*/>', re.S)


def key(body, numerus):
    source = SOURCE.search(body).group(1)
    comment = COMMENT.search(body)
    return (source, comment.group(1) if comment else None, bool(numerus))


def main(old_path, new_path):
    old = open(old_path, encoding='utf-8').read()
    known = {}
    for m in MESSAGE.finditer(old):
        body = m.group(3)
        t = TRANSLATION.search(body)
        if t and 'type="unfinished"' not in t.group(0) and 'type="vanished"' not in t.group(0) \
                and 'type="obsolete"' not in t.group(0):
            known.setdefault(key(body, m.group(2)), t.group(0).strip())
    new = open(new_path, encoding='utf-8').read()
    carried, missing = [], []

    def fix(m):
        body = m.group(3)
        t = TRANSLATION.search(body)
        if not t or 'type="unfinished"' not in t.group(0):
            return m.group(0)
        k = key(body, m.group(2))
        if k not in known:
            missing.append(k[0])
            return m.group(0)
        carried.append(k[0])
        indent = t.group(0)[:len(t.group(0)) - len(t.group(0).lstrip(' '))]
        body = body[:t.start()] + indent + known[k] + body[t.end():]
        return f'{m.group(1)}<message{m.group(2) or ""}>\n{body}\n{m.group(1)}</message>'

    new = MESSAGE.sub(fix, new)
    open(new_path, 'w', encoding='utf-8').write(new)
    print(f'carried {len(carried)} translations')
    for s in missing:
        print('still unfinished:', s)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
