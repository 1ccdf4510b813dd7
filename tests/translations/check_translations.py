#!/usr/bin/env python3
"""Fails when a translation is unfinished, obsolete or broken.

Runs lupdate over the sources into copies of the .ts files (so that a string added to the code
but not yet translated counts as unfinished, and a string removed from the code as obsolete),
then checks every message of each copy:
  - finished (no type="unfinished"), not vanished or obsolete;
  - the plural forms the language needs (German and English 2, Chinese 1);
  - the same %-placeholders as the source, and the same HTML tags;
  - one keyboard accelerator (&x) where the source has one.

usage: check_translations.py LUPDATE INCLUDE_DIR SOURCES_LIST TS... [--plurals TS]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%L?(?:\d+|n)')
# HTML tags of rich text (not placeholders such as <file name>).
TAG = re.compile(r'</?(a|b|big|br|center|code|div|em|font|h[1-6]|hr|i|img|li|nobr|ol|p|pre|s|small|span|strong|sub|sup|table|td|th|tr|tt|u|ul)\b', re.I)
ACCEL = re.compile(r'&(?!&|nbsp;|amp;|lt;|gt;|quot;|apos;|#)\S')
FORMS = {'de': 2, 'en': 2, 'zh': 1}


def forms_needed(language):
    return FORMS[language.split('_')[0]]


def check(path, language):
    problems = []
    root = ET.parse(path).getroot()
    for context in root.iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            where = '%s: %s' % (name, source[:70].replace('\n', ' '))
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else 'missing'
            if kind in ('unfinished', 'missing'):
                problems.append('unfinished: ' + where)
                continue
            if kind in ('vanished', 'obsolete'):
                problems.append('obsolete (no longer in the code): ' + where)
                continue
            if message.get('numerus') == 'yes':
                texts = [f.text or '' for f in translation.findall('numerusform')]
                if len(texts) != forms_needed(language) or any(not t for t in texts):
                    problems.append('plural forms: %d of %d: %s' % (sum(1 for t in texts if t),
                                                                 forms_needed(language), where))
                    continue
            else:
                texts = [translation.text or '']
                if not texts[0]:
                    problems.append('empty: ' + where)
                    continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            tags = sorted(TAG.findall(source))
            for text in texts:
                have = sorted(set(PLACEHOLDER.findall(text)))
                # A singular may say "one" instead of %n.
                if have != wanted and not (message.get('numerus') == 'yes'
                                           and sorted(set(have) | {'%n', '%Ln'} & set(wanted)) == wanted):
                    problems.append('placeholders %s instead of %s: %s' % (have, wanted, where))
                if sorted(TAG.findall(text)) != tags:
                    problems.append('HTML tags differ: ' + where)
                if bool(ACCEL.search(source)) != bool(ACCEL.search(text)):
                    problems.append('keyboard accelerator (&) missing or added: ' + where)
    return problems


def main():
    args = sys.argv[1:]
    plurals = None
    if '--plurals' in args:
        i = args.index('--plurals')
        plurals = args[i + 1]
        del args[i:i + 2]
    lupdate, include, sources, files = args[0], args[1], args[2], args[3:]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(f, []) for f in files] + ([(plurals, ['-pluralonly'])] if plurals else [])
        for ts, options in jobs:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            run = subprocess.run([lupdate, '-locations', 'none', '-silent', '-I', include, *options, '@' + sources, '-ts', copy],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print('lupdate failed on %s:\n%s%s' % (ts, run.stdout, run.stderr))
                return 1
            language = ET.parse(copy).getroot().get('language') or ''
            problems = check(copy, language)
            print('%s (%s): %d problem(s)' % (os.path.basename(ts), language, len(problems)))
            for p in problems[:60]:
                print('  ' + p)
            if len(problems) > 60:
                print('  ... and %d more' % (len(problems) - 60))
            failures += len(problems)
    if failures:
        print('Run `cmake --build build --target update_translations`, then translate what is unfinished.')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
