#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check every row of datasets/ against its own verbatim quote.

For each CSV file under datasets/ (see datasets/README.md):
  * the required columns of its kind are present and filled;
  * every row names its source document and keeps a verbatim quote in `note`
    (fragments of one document joined by the ellipsis character U+2026);
  * the row's value (or count), its growth, its unit and the year(s) of its
    period appear in that quote, as written or in a Chinese form
    (1000 <-> 千亿, 100 <-> 百亿, 50 % <-> 五成, 16500 <-> 1.65万 ...);
  * when ../shared/seeds/<source> exists (relative to SRCDIR), each fragment
    of the quote appears verbatim in that document (whitespace removed on
    both sides, since the seeds are web text with stray spaces);
  * the qualifier (突破, 以上, 控制在 …) is in the quote and agrees with the
    row's operator or bound; tasks: units, deadline text and month agree
    with the quote; scorecard derivations (25-7) add up;
  * when ../shared/data/seed_indicators.csv exists, each of its rows is
    represented by some dataset row (column `seed_row` = its line number)
    whose quote contains the seed's quote; likewise seed_tasks.csv
    (`task_seed_row`); quotes in datasets/README.md are in the seeds.

Python 3 standard library only. Exit 0 when all is well, 1 with a list of
`file:line: message` entries otherwise. SRCDIR defaults to the parent of
this script's folder.
"""

import csv
import os
import re
import sys

SEP = '\u2026'  # joins fragments of one document inside `note`

# kind -> (required columns, value column or None)
KINDS = {
    'observations': (['region', 'indicator', 'period', 'unit', 'status',
                      'source', 'note'], 'value'),
    'targets': (['region', 'indicator', 'period', 'kind', 'operator', 'unit',
                 'source', 'note'], 'value'),
    'plans': (['region', 'indicator', 'period', 'value', 'unit', 'source',
               'note'], 'value'),
    'scorecard': (['plan', 'status', 'count', 'source', 'note'], 'count'),
    'cumulative': (['region', 'indicator', 'span', 'value', 'unit',
                    'source', 'note'], 'value'),
    'calibers': (['region', 'indicator', 'caliber', 'periods', 'source',
                  'note'], None),
    'unplaced': (['region', 'indicator', 'reason', 'source', 'note'],
                 'value'),
    'tasks': (['plan', 'task_no', 'summary', 'source', 'note'], None),
}

# Periods each reader accepts (FORMATS.md): observations a year, quarter,
# month or year-to-date; targets a year or a span; plans a year.
PERIOD_FORMS = {
    'observations': r'\d{4}(Q[1-4]|-\d{2}(\.\.\d{2})?)?',
    'targets': r'\d{4}(-\d{4})?',
    'plans': r'\d{4}',
}
STATUSES = {'actual', 'estimate', 'preliminary', 'revised', 'target', 'plan'}
BOUNDS = {'', 'exact', 'above', 'below', 'about'}
OPERATORS = {'>=', '>', '<=', '<', '~', 'linked'}
TARGET_KINDS = {'level', 'growth', 'avg_growth', 'share', 'ceiling', 'floor',
                'reduction', 'count'}
SCORE_STATUSES = {'met_early', 'met', 'on_track', 'behind', 'hard'}

# How a unit may be written in the text besides itself.
UNIT_FORMS = {
    '亿元': ['亿元', '亿'],
    '万元': ['万元', '万'],
    '%': ['%', '%', '成'],
    '倍': ['倍', '翻番'],
    '平方米': ['平方米', '㎡'],
    '㎡': ['㎡', '平方米'],
    '万平方米': ['万平方米', '万㎡'],
    '个百分点': ['个百分点', '百分点'],
}

# A span's years may be named by the plan period instead.
SPAN_NAMES = {'2016-2020': ['十三五'],
              '2021-2025': ['十四五', '第十四个五年']}

DIGITS = '零一二三四五六七八九'

# What a qualifier word means (FORMATS.md, DOMAIN.md), to catch a row whose
# operator or bound contradicts its own words.
OPERATOR_OF = {'以上': '>=', '不低于': '>=', '不少于': '>=', '至少': '>=',
               '达到': '>=', '突破': '>', '超过': '>', '超': '>', '过': '>',
               '控制在': '<=', '以内': '<=', '不超过': '<=', '低于': '<=',
               '左右': '~', '约': '~', '同步': 'linked'}
BOUND_OF = {'余': 'above', '突破': 'above', '破': 'above', '超过': 'above',
            '超': 'above', '过': 'above', '以上': 'above', '高于': 'above',
            '近': 'below', '不到': 'below', '左右': 'about', '约': 'about'}


def strip_ws(text):
    return re.sub(r'\s+', '', text)


def fmt_number(v):
    """1000.0 -> '1000', 7.20 -> '7.2', -6.5 -> '-6.5'."""
    s = ('%.6f' % v).rstrip('0').rstrip('.')
    return '0' if s == '-0' else s


def chinese_int(n):
    """Chinese numerals for 1 <= n < 100000, with the short forms the
    reports use (百 for 100, 千 for 1000, 两 for 2)."""
    forms = set()
    if n <= 0 or n >= 100000:
        return forms
    parts = []
    rest = n
    for unit_value, unit_char in ((10000, '万'), (1000, '千'), (100, '百'),
                                  (10, '十'), (1, '')):
        d, rest = divmod(rest, unit_value)
        parts.append((d, unit_char))
    text = ''
    zero = False
    for d, u in parts:
        if d:
            if zero and text:
                text += '零'
            text += DIGITS[d] + u
            zero = False
        else:
            zero = True
    forms.add(text)
    if text.startswith('一十'):
        forms.add(text[1:])           # 一十五 -> 十五
    if text.startswith('一') and len(text) == 2:
        forms.add(text[1:])           # 一百 -> 百, 一千 -> 千
    if n == 2:
        forms.add('两')
    if text.startswith('二') and len(text) > 1:
        forms.add('两' + text[1:])   # 两百, 两千
    return forms


def value_forms(value, unit):
    """The ways a value may be written in a quote."""
    try:
        v = float(value)
    except ValueError:
        return {value}
    forms = {fmt_number(v), value.strip()}
    if v == int(v) and v > 0:
        forms |= chinese_int(int(v))
        if v >= 10000 and v % 100 == 0:
            forms.add(fmt_number(v / 10000) + '万')   # 16500 -> 1.65万
        if unit == '%' and v % 10 == 0 and v < 100:
            forms |= {c + '成' for c in chinese_int(int(v // 10))}
    if v > 0 and v % 1 == 0.5:
        whole = int(v)
        forms.add('半' if whole == 0 else
                  next(iter(chinese_int(whole))) + unit + '半')
    if v == 1 and unit[:1] in ('亿', '万'):
        forms.add(unit[:1])                      # 过亿元: one 亿
    if unit == '倍' and v == 2:
        forms |= {'翻番', '倍增'}
    return forms


def appears(form, text):
    """A numeric form must stand alone: 69 is not in 699, 7 not in 7.2,
    6.5 not in -6.5 (but 2 is in the range 1-2)."""
    if not re.fullmatch(r'-?[\d.]+', form):
        return form in text
    for m in re.finditer(re.escape(form), text):
        i, j = m.start(), m.end()
        if i > 0 and (text[i - 1].isdigit() or text[i - 1] == '.'):
            continue
        if i > 0 and text[i - 1] == '-' and \
                (i < 2 or not text[i - 2].isdigit()):
            continue                             # a minus sign
        if j < len(text) and (text[j].isdigit() or
                              (text[j] == '.' and text[j + 1:j + 2].isdigit())):
            continue
        return True
    return False


def chinese_year(year):
    return ''.join('〇一二三四五六七八九'[int(d)] for d in year)


def period_years(period, basis='', due=False):
    """The year strings that must appear for a period, as alternatives:
    a list of lists (any inner list, all of its members)."""
    period = period.strip()
    m = re.fullmatch(r'(\d{4})-(\d{4})', period)
    if m:
        alts = [[m.group(1), m.group(2)]]
        alts += [[name] for name in SPAN_NAMES.get(period, [])]
        if due:
            alts.append([m.group(2)])   # a target due by the end year
        return alts
    m = re.search(r'(\d{4})', period)         # 2017, 2022Q1, ..2017
    if not m:
        return []
    year = m.group(1)
    alts = [[year], [chinese_year(year)]]
    # a stock "at the end of the 13th plan" is dated by the plan's name
    for span, names in SPAN_NAMES.items():
        if basis.startswith('end of ') and span.endswith(year):
            alts += [[name] for name in names if name in basis]
    return alts


def load_seeds(srcdir):
    folder = os.path.join(srcdir, '..', 'shared', 'seeds')
    docs = {}
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                docs[name] = strip_ws(f.read())
    return docs


def file_kind(relpath):
    parts = relpath.split(os.sep)
    if parts[-1].startswith('tasks'):
        return 'tasks'
    base = parts[-1][:-4]
    for kind in KINDS:
        if base == kind or base.startswith(kind + '_'):
            return kind
    return None


def check_row(kind, row, docs, problems, where, stats):
    required, value_col = KINDS[kind]
    for col in required:
        if not (row.get(col) or '').strip():
            if col in ('unit',) and kind in ('observations', 'targets') \
                    and not (row.get(value_col) or '').strip():
                continue  # a pure growth figure has no unit
            if kind == 'scorecard' and col == 'count' and \
                    (row.get('indicator') or '').strip():
                continue
            problems.append('%s: column %s is empty' % (where, col))
    note = row.get('note') or ''
    text = strip_ws(note)
    source = (row.get('source') or '').strip()
    # 1. the quote is in its document
    if source in docs:
        for frag in note.split(SEP):
            if strip_ws(frag) and strip_ws(frag) not in docs[source]:
                problems.append('%s: quote not found verbatim in %s: %s'
                                % (where, source, frag.strip()[:60]))
    elif source and docs:
        problems.append('%s: source %s is not a seed document'
                        % (where, source))
    # 2. numbers, periods and controlled vocabularies
    for col in ('value', 'growth', 'count', 'value_high', 'tolerance'):
        cell = (row.get(col) or '').strip()
        if cell and not re.fullmatch(r'-?\d+(\.\d+)?', cell):
            problems.append('%s: %s %r is not a number' % (where, col, cell))
    period = (row.get('period') or '').strip()
    if period and kind in PERIOD_FORMS and \
            not re.fullmatch(PERIOD_FORMS[kind], period):
        problems.append('%s: period %r is not a %s period'
                        % (where, period, kind))
    if kind == 'observations':
        if row.get('status', '').strip() not in STATUSES:
            problems.append('%s: unknown status %r' % (where, row['status']))
        if (row.get('bound') or '').strip() not in BOUNDS:
            problems.append('%s: unknown bound %r' % (where, row['bound']))
        if not (row.get('value') or '').strip() and \
                not (row.get('growth') or '').strip():
            problems.append('%s: neither value nor growth' % where)
        if re.fullmatch(r'\d{4}-\d{4}', row['period'].strip()):
            problems.append('%s: multi-year span %s is not an observation '
                            'period (use cumulative.csv)'
                            % (where, row['period']))
    if kind == 'targets':
        if row.get('operator', '').strip() not in OPERATORS:
            problems.append('%s: unknown operator %r'
                            % (where, row['operator']))
        if row.get('kind', '').strip() not in TARGET_KINDS:
            problems.append('%s: unknown kind %r' % (where, row['kind']))
        if row.get('operator', '').strip() == 'linked' and \
                not (row.get('linked_indicator') or '').strip():
            problems.append('%s: operator linked needs linked_indicator'
                            % where)
        if row.get('operator', '').strip() != 'linked' and \
                not (row.get('value') or '').strip():
            problems.append('%s: target without a value' % where)
    if kind == 'scorecard' and \
            row.get('status', '').strip() not in SCORE_STATUSES:
        problems.append('%s: unknown status %r' % (where, row['status']))
    # 3. figures, unit and year are in the quote
    unit = (row.get('unit') or '').strip()
    figures = []
    if value_col and (row.get(value_col) or '').strip():
        figures.append((value_col, row[value_col].strip()))
    if (row.get('growth') or '').strip():
        figures.append(('growth', row['growth'].strip()))
    if (row.get('value_high') or '').strip():
        figures.append(('value_high', row['value_high'].strip()))
    derivation = (row.get('derivation') or '').strip()
    if derivation and figures and figures[0][0] == value_col:
        # a figure the text implies, e.g. 18 met on time = 25 - 7
        if not re.fullmatch(r'[\d.]+(\s*[-+]\s*[\d.]+)+', derivation):
            problems.append('%s: derivation %r is not a sum or difference'
                            % (where, derivation))
        else:
            terms = re.findall(r'([-+]?)\s*([\d.]+)', derivation)
            result = sum(-float(x) if sign == '-' else float(x)
                         for sign, x in terms)
            if abs(result - float(figures[0][1])) > 1e-9:
                problems.append('%s: derivation %s gives %s, not %s'
                                % (where, derivation, fmt_number(result),
                                   figures[0][1]))
            figures = [(value_col + ' operand', x) for x in
                       re.findall(r'[\d.]+', derivation)] + figures[1:]
    for col, fig in figures:
        forms = value_forms(fig, unit if col != 'growth' else '%')
        if not any(appears(f, text) for f in forms):
            problems.append('%s: %s %s not in its quote' % (where, col, fig))
    if unit and value_col and (row.get(value_col) or '').strip():
        forms = UNIT_FORMS.get(unit, [unit])
        if (row.get('unit_text') or '').strip():
            forms = [row['unit_text'].strip()]  # how this quote writes it
        if not any(f in text for f in forms):
            problems.append('%s: unit %s not in its quote' % (where, unit))
    qualifier = (row.get('qualifier') or '').strip()
    if qualifier and qualifier != '预期目标' and \
            strip_ws(qualifier) not in text:
        problems.append('%s: qualifier %s not in its quote'
                        % (where, qualifier))
    if qualifier and kind == 'targets':
        expected = OPERATOR_OF.get(qualifier)
        if expected and expected != row.get('operator', '').strip():
            problems.append('%s: qualifier %s means %s, not %s'
                            % (where, qualifier, expected, row['operator']))
    if qualifier and kind in ('observations', 'cumulative'):
        expected = BOUND_OF.get(qualifier)
        if expected and expected != (row.get('bound') or '').strip():
            problems.append('%s: qualifier %s means bound %s, not %r'
                            % (where, qualifier, expected, row['bound']))
    period = (row.get('period') or row.get('span') or
              row.get('periods') or '').strip()
    basis = (row.get('period_basis') or '').strip()
    if period:
        alts = period_years(period, basis, kind in ('targets', 'unplaced'))
        if alts and not any(all(y in text for y in alt) for alt in alts):
            if basis.startswith('inferred'):
                stats['inferred'] += 1
            else:
                problems.append('%s: year of period %s not in its quote'
                                % (where, period))
    if kind == 'tasks' and \
            not (row.get('units_basis') or '').startswith('implied'):
        for col in ('lead_unit', 'responsible_units'):
            for unit_name in re.split(r'[、;;,,]', row.get(col) or ''):
                if strip_ws(unit_name) and strip_ws(unit_name) not in text:
                    problems.append('%s: %s %s not in its quote'
                                    % (where, col, unit_name.strip()))
        if (row.get('deadline_text') or '').strip() and \
                strip_ws(row['deadline_text']) not in text:
            problems.append('%s: deadline_text %s not in its quote'
                            % (where, row['deadline_text']))
    deadline = (row.get('deadline') or '').strip()
    written = strip_ws(row.get('deadline_text') or '')
    m = re.fullmatch(r'(\d{4})年?(?:(\d{1,2})[—-])?(\d{1,2})月.*', written)
    if kind == 'tasks' and deadline and m:
        if deadline[:7] != '%s-%02d' % (m.group(1), int(m.group(3))):
            problems.append('%s: deadline %s does not match the text %s'
                            % (where, deadline, written))
    elif kind == 'tasks' and deadline and re.fullmatch(r'\d{4}年底', written):
        if deadline[:7] != written[:4] + '-12':
            problems.append('%s: deadline %s does not match the text %s'
                            % (where, deadline, written))
    if kind == 'tasks' and (row.get('deadline') or '').strip():
        m = re.match(r'(\d{4})\D*(\d{1,2})?', row['deadline'])
        if m and m.group(1) not in text:
            problems.append('%s: deadline year %s not in its quote'
                            % (where, m.group(1)))


def check_conflict(row, where, values, problems):
    """The readers load every observations file together and refuse two
    values for one (region, indicator, period, status): keep them loadable."""
    key = tuple((row.get(c) or '').strip() for c in
                ('region', 'indicator', 'period', 'status', 'measure'))
    value = (row.get('value') or '').strip()
    other = values.setdefault(key, (value, where))
    if other[0] and value and float(other[0]) != float(value):
        problems.append('%s: %s %s %s is %s here but %s at %s'
                        % (where, key[1], key[2], key[3], value, other[0],
                           other[1]))


def check_coverage(srcdir, seen, problems):
    path = os.path.join(srcdir, '..', 'shared', 'data',
                        'seed_indicators.csv')
    if not os.path.isfile(path):
        print('seed_indicators.csv not found: coverage not checked')
        return
    with open(path, encoding='utf-8-sig', newline='') as f:
        seeds = list(csv.DictReader(f))
    missing = []
    for line, seed in enumerate(seeds, 2):
        quote = strip_ws(seed['quote'])
        homes = seen.get(line, [])
        if not homes:
            missing.append(line)
            problems.append('seed_indicators.csv:%d: not represented in '
                            'datasets/ (%s %s)' % (line, seed['indicator_zh'],
                                                   seed['period']))
            continue
        for where, note in homes:
            if quote not in strip_ws(note):
                problems.append('%s: claims seed row %d but its quote lacks '
                                '"%s"' % (where, line, seed['quote'][:40]))
    print('seed_indicators.csv: %d rows, %d represented, %d missing'
          % (len(seeds), len(seeds) - len(missing), len(missing)))


def check_readme_quotes(root, docs, problems):
    """The traps in datasets/README.md quote the documents: keep them true."""
    path = os.path.join(root, 'README.md')
    if not os.path.isfile(path):
        return
    with open(path, encoding='utf-8') as f:
        text = f.read()
    everything = ''.join(docs.values())
    for quote in re.findall(r'"([^"\n]+)"', text):
        if re.search('[\u4e00-\u9fff]', quote) and \
                strip_ws(quote) not in everything:
            problems.append('datasets/README.md: quote not in any seed: %s'
                            % quote)


def check_task_coverage(srcdir, seen_tasks, problems):
    path = os.path.join(srcdir, '..', 'shared', 'data', 'seed_tasks.csv')
    if not os.path.isfile(path):
        return
    with open(path, encoding='utf-8-sig', newline='') as f:
        tasks = list(csv.DictReader(f))
    missing = [n for n in range(2, len(tasks) + 2) if n not in seen_tasks]
    for n in missing:
        problems.append('seed_tasks.csv:%d: not represented in '
                        'datasets/tasks/' % n)
    print('seed_tasks.csv: %d rows, %d represented, %d missing'
          % (len(tasks), len(tasks) - len(missing), len(missing)))


def main():
    srcdir = os.environ.get('SRCDIR') or \
        os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    root = os.path.join(srcdir, 'datasets')
    docs = load_seeds(srcdir)
    problems = []
    seen = {}
    seen_tasks = set()
    values = {}
    stats = {'rows': 0, 'files': 0, 'inferred': 0}
    for dirpath, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith('.csv'):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            kind = file_kind(rel)
            if kind is None:
                problems.append('datasets/%s: unknown file kind' % rel)
                continue
            stats['files'] += 1
            with open(path, encoding='utf-8-sig', newline='') as f:
                reader = csv.DictReader(f)
                missing = [c for c in KINDS[kind][0]
                           if c not in (reader.fieldnames or [])]
                if missing:
                    problems.append('datasets/%s:1: missing columns %s'
                                    % (rel, ', '.join(missing)))
                    continue
                for row in reader:
                    where = 'datasets/%s:%d' % (rel, reader.line_num)
                    stats['rows'] += 1
                    if kind == 'observations':
                        check_conflict(row, where, values, problems)
                    check_row(kind, row, docs, problems, where, stats)
                    if (row.get('task_seed_row') or '').strip():
                        seen_tasks.add(int(row['task_seed_row']))
                    for ref in re.split(r'[;,\s]+',
                                        row.get('seed_row') or ''):
                        if ref:
                            seen.setdefault(int(ref), []).append(
                                (where, row.get('note') or ''))
    print('datasets: %d files, %d rows (%d with an inferred year)'
          % (stats['files'], stats['rows'], stats['inferred']))
    if not docs:
        print('../shared/seeds not found: quotes not checked against '
              'the documents')
    if docs:
        check_readme_quotes(root, docs, problems)
    check_coverage(srcdir, seen, problems)
    check_task_coverage(srcdir, seen_tasks, problems)
    if problems:
        print('%d problem(s):' % len(problems))
        for p in problems:
            print('  ' + p)
        return 1
    print('all rows check out')
    return 0


if __name__ == '__main__':
    sys.exit(main())
