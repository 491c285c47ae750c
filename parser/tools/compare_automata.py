#!/usr/bin/env python3
"""Compares Menhir's LALR automaton (parser.automaton, from menhir --dump) with
bison's (the report of --report=itemset,lookaheads with
-Dlr.default-reduction=accepting). States are matched by their kernels; for
each terminal, both must shift to the same state, reduce the same
production, or fail. Used by check_automaton.sh."""
import re, sys
from collections import defaultdict

def norm_sym(s):
    if s == 'EOF': return 'EOI'
    return s.replace('(', '_').replace(')', '_').replace(',', '_')

def parse_menhir(path):
    states = {}
    cur = None
    mode = None
    pending_tokens = None
    for line in open(path):
        line = line.rstrip('\n')
        m = re.match(r'^State (\d+):', line)
        if m:
            cur = {'kernel': [], 'shift': {}, 'reduce': {}, 'goto': {}}
            states[int(m.group(1))] = cur
            mode = None
            continue
        if line.startswith('## LR(1) items:'):
            mode = 'items'; continue
        if line.startswith('## Transitions:'):
            mode = 'trans'; continue
        if line.startswith('## Reductions:'):
            mode = 'red'; continue
        if line.startswith('##'):
            continue
        if mode == 'items' and line.strip():
            m = re.match(r'^(\S+) -> (.*?) \[ (.*) \]$', line)
            lhs, rhs, la = m.group(1), m.group(2), m.group(3)
            syms = rhs.split()
            dot = syms.index('.')
            syms = [norm_sym(s) for s in syms if s != '.']
            cur['kernel'].append((norm_sym(lhs) if not lhs.endswith("'") else lhs, tuple(syms), dot))
        elif mode == 'trans':
            m = re.match(r'^-- On (\S+) shift to state (\d+)', line)
            if m:
                sym = norm_sym(m.group(1))
                if sym[0].isupper() or sym == 'error':
                    cur['shift'][sym] = int(m.group(2))
                else:
                    cur['goto'][sym] = int(m.group(2))
        elif mode == 'red':
            m = re.match(r'^-- On (.*)$', line)
            if m and not line.startswith('--   '):
                pending_tokens = [('EOI' if t == '#' else norm_sym(t)) for t in m.group(1).split()]
                continue
            m = re.match(r'^--   reduce production (\S+) -> ?(.*)$', line)
            if m:
                prod = (norm_sym(m.group(1)), tuple(norm_sym(s) for s in m.group(2).split()))
                for t in pending_tokens:
                    cur['reduce'][t] = prod
            m = re.match(r'^--   accept', line)
            if m:
                for t in pending_tokens:
                    cur['reduce'][t] = ('ACCEPT',)
    return states

START_MAP = {'START_IMPLEMENTATION': "implementation'", 'START_INTERFACE': "interface'",
  'START_TOPLEVEL_PHRASE': "toplevel_phrase'", 'START_USE_FILE': "use_file'", 'START_PARSE_CORE_TYPE': "parse_core_type'",
  'START_PARSE_EXPRESSION': "parse_expression'", 'START_PARSE_PATTERN': "parse_pattern'",
  'START_PARSE_MTY_LONGIDENT': "parse_mty_longident'", 'START_PARSE_VAL_LONGIDENT': "parse_val_longident'",
  'START_PARSE_CONSTR_LONGIDENT': "parse_constr_longident'", 'START_PARSE_MOD_EXT_LONGIDENT': "parse_mod_ext_longident'",
  'START_PARSE_MOD_LONGIDENT': "parse_mod_longident'", 'START_PARSE_ANY_LONGIDENT': "parse_any_longident'"}

def parse_bison(path):
    rules = {}
    states = {}
    lines = open(path).read().split('\n')
    i = 0
    # grammar
    while not lines[i].startswith('Grammar'): i += 1
    lhs = None
    i += 1
    while not lines[i].startswith('State ') and not lines[i].startswith('Terminals'):
        m = re.match(r'^\s*(\d+) (\S+): (.*)$', lines[i])
        if m:
            lhs = m.group(2)
            rules[int(m.group(1))] = (lhs, tuple(s for s in m.group(3).split() if s != 'ε'))
        else:
            m = re.match(r'^\s*(\d+)\s+\| (.*)$', lines[i])
            if m:
                rules[int(m.group(1))] = (lhs, tuple(s for s in m.group(2).split() if s != 'ε'))
        i += 1
    cur = None
    while i < len(lines):
        line = lines[i]; i += 1
        m = re.match(r'^State (\d+)$', line)
        if m:
            cur = {'kernel': [], 'shift': {}, 'reduce': {}, 'goto': {}}
            states[int(m.group(1))] = cur
            continue
        if cur is None: continue
        m = re.match(r'^\s+(\d+) (?:\S+: |\s*\| )(.*?)(?:\s+\[(.*)\])?$', line)
        if m and '•' in line:
            rn = int(m.group(1))
            syms = [x for x in m.group(2).split() if x != 'ε']
            dot = syms.index('•')
            syms = [s for s in syms if s not in ('•', 'ε')]
            lhs_, rhs = rules[rn]
            if lhs_ == 'start':
                # start: START_X • x  ==  x' -> . x
                k = (START_MAP[rhs[0]], rhs[1:], dot - 1)
                cur['kernel'].append(k)
            elif lhs_ == '$accept':
                pass
            elif dot > 0:
                cur['kernel'].append((lhs_, rhs, dot))
            continue
        m = re.match(r'^\s+(\S+)\s+shift, and go to state (\d+)$', line)
        if m:
            cur['shift'][m.group(1)] = int(m.group(2)); continue
        m = re.match(r'^\s+(\S+)\s+reduce using rule (\d+) \((\S+)\)$', line)
        if m:
            r = rules[int(m.group(2))]
            if r[0] == 'start':
                cur['reduce'][m.group(1)] = ('ACCEPT',)
            else:
                cur['reduce'][m.group(1)] = r
            continue
        m = re.match(r'^\s+(\S+)\s+go to state (\d+)$', line)
        if m:
            cur['goto'][m.group(1)] = int(m.group(2)); continue
    return states, rules

def key(st):
    return tuple(sorted(st['kernel']))

def main():
    mstates = parse_menhir(sys.argv[1])
    bstates, rules = parse_bison(sys.argv[2])
    mk = {}
    for n, s in mstates.items():
        mk.setdefault(key(s), []).append(n)
    bk = {}
    for n, s in bstates.items():
        if not s['kernel']: continue
        if len(s['kernel']) >= 2 and all(x[0].endswith("'") for x in s['kernel']): continue
        bk.setdefault(key(s), []).append(n)
    problems = 0
    only_m = [k for k in mk if k not in bk]
    only_b = [k for k in bk if k not in mk]
    def show(k):
        return ' | '.join('%s -> %s' % (l, ' '.join(list(r[:d]) + ['.'] + list(r[d:]))) for l, r, d in k)
    for k in only_m[:40]:
        print('ONLY MENHIR state', mk[k], show(k)); problems += 1
    for k in only_b[:40]:
        print('ONLY BISON state', bk[k], show(k)); problems += 1
    print('menhir states', len(mstates), 'bison states with kernel', sum(len(v) for v in bk.values()),
          'unmatched', len(only_m), len(only_b))
    # compare actions
    nbad = 0
    for k, ms in mk.items():
        if k not in bk: continue
        m = mstates[ms[0]]; b = bstates[bk[k][0]]
        toks = set(m['shift']) | set(m['reduce']) | set(b['shift']) | set(b['reduce'])
        toks.discard('#'); toks.discard('$end'); toks.discard('$default')
        for t in sorted(toks):
            def act(st, src, t):
                if t in st['shift']:
                    tgt = st['shift'][t]
                    return ('shift', key(src[tgt]))
                if t in st['reduce']:
                    return ('reduce', st['reduce'][t])
                return ('error',)
            am = act(m, mstates, t); ab = act(b, bstates, t)
            if am != ab:
                nbad += 1
                if nbad <= 60:
                    def fmt(a):
                        if a[0] == 'shift': return 'shift to [' + show(a[1])[:120] + ']'
                        if a[0] == 'reduce': return 'reduce ' + str(a[1])
                        return 'error'
                    print('ACTION DIFF state M%d/B%d on %s: menhir %s, bison %s\n   kernel: %s' % (ms[0], bk[k][0], t, fmt(am), fmt(ab), show(k)[:300]))
    print('action differences:', nbad)
    return 1 if (only_m or only_b or nbad) else 0

sys.exit(main())
