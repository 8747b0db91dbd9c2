// 政策计算器: asks PolicyKit's ask endpoint for the next question, shows match and explain results.
(function () {
  'use strict';
  var api = document.documentElement.getAttribute('data-api');
  var T = {
    zh: { setup: '选择政策清单与日期', catalog: '政策清单', asOf: '判定日期', question: '下一个问题', results: '结果', download: '下载报告 JSON',
      answer: '确定', skip: '跳过', yes: '是', no: '否', done: '没有更多问题了。', total: '合计', upTo: '最高', take: '需要什么条件',
      eligible: '符合', ineligible: '不符合', undetermined: '待定', stake: '涉及金额最高', lang: 'English', langLabel: 'Switch to English', title: '政策计算器' },
    en: { setup: 'Pick a policy list and date', catalog: 'Policy list', asOf: 'Decision date', question: 'Next question', results: 'Results', download: 'Download report JSON',
      answer: 'OK', skip: 'Skip', yes: 'Yes', no: 'No', done: 'No more questions.', total: 'Total', upTo: 'up to', take: 'What it would take',
      eligible: 'Eligible', ineligible: 'Not eligible', undetermined: 'Undetermined', stake: 'At stake up to', lang: '中文', langLabel: '切换到中文', title: 'Policy calculator' }
  };
  var lang = 'zh';
  var facts = {};
  var skipped = {};
  var report = null;
  var $ = function (id) { return document.getElementById(id); };

  function t(key) { return T[lang][key]; }

  function query() {
    var q = '?lang=' + lang;
    if ($('catalog').value) { q += '&catalog=' + encodeURIComponent($('catalog').value); }
    if ($('asof').value) { q += '&asOf=' + $('asof').value; }
    return q;
  }

  function call(method, path, body) {
    return fetch(api + path, { method: method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) { throw new Error(j.detail || r.statusText); } return j; }); });
  }

  function yuan(n) {
    if (n === null || n === undefined) { return '—'; }
    if (lang === 'en') { return n.toLocaleString('en-US') + ' yuan'; }
    return n >= 10000 ? (n / 10000).toLocaleString('zh-CN') + '万元' : n.toLocaleString('zh-CN') + '元';
  }

  function text(x) { return x === null || x === undefined ? '' : (typeof x === 'string' ? x : (x[lang] || x.zh)); }

  function showError(e) { $('error').textContent = e ? e.message : ''; }

  function refresh() {
    showError(null);
    var profile = { facts: facts };
    return Promise.all([call('POST', '/match' + query(), profile), call('POST', '/ask' + query(), profile)])
      .then(function (both) { report = both[0]; renderReport(both[0]); renderQuestion(both[1].questions); })
      .catch(showError);
  }

  function field(q) {
    var id = 'answer';
    var wrap = document.createElement('div');
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = text(q.label) + (q.unit ? '（' + q.unit + '）' : '');
    wrap.appendChild(label);
    var input;
    if (q.type === 'bool') {
      input = document.createElement('select');
      [['true', t('yes')], ['false', t('no')]].forEach(function (o) { var e = document.createElement('option'); e.value = o[0]; e.textContent = o[1]; input.appendChild(e); });
    } else if ((q.type === 'code' || q.type === 'codeSet' || q.type === 'certifications') && q.codes && q.codes.length) {
      input = document.createElement('select');
      if (q.type !== 'code') { input.multiple = true; }
      q.codes.forEach(function (c) { var e = document.createElement('option'); e.value = c; e.textContent = c; input.appendChild(e); });
    } else {
      input = document.createElement('input');
      input.type = (q.type === 'integer' || q.type === 'decimal' || q.type === 'money') ? 'number' : (q.type === 'date' ? 'date' : 'text');
      if (input.type === 'number') { input.step = q.type === 'integer' ? '1' : 'any'; }
    }
    input.id = id;
    input.required = true;
    wrap.appendChild(input);
    return { wrap: wrap, input: input };
  }

  function value(q, input) {
    switch (q.type) {
      case 'bool': return input.value === 'true';
      case 'integer': return parseInt(input.value, 10);
      case 'decimal': case 'money': return Number(input.value);
      case 'codeSet': return Array.prototype.filter.call(input.options, function (o) { return o.selected; }).map(function (o) { return o.value; });
      case 'certifications': return Array.prototype.filter.call(input.options, function (o) { return o.selected; })
        .map(function (o) { return { kind: o.value, recognizedOn: report ? report.asOf : $('asof').value, expiresOn: null }; });
      default: return input.value;
    }
  }

  function renderQuestion(questions) {
    var form = $('question');
    form.textContent = '';
    var q = (questions || []).filter(function (x) { return !skipped[x.fact]; })[0];
    if (!q) { var p = document.createElement('p'); p.textContent = t('done'); form.appendChild(p); return; }
    var f = field(q);
    form.appendChild(f.wrap);
    var stake = document.createElement('p');
    stake.className = 'stake';
    stake.textContent = t('stake') + ' ' + yuan(q.upToAtStake) + (q.upToIsBounded ? '' : '+');
    form.appendChild(stake);
    var ok = document.createElement('button'); ok.type = 'submit'; ok.textContent = t('answer');
    var skip = document.createElement('button'); skip.type = 'button'; skip.textContent = t('skip');
    skip.addEventListener('click', function () { skipped[q.fact] = true; refresh(); });
    form.appendChild(ok); form.appendChild(skip);
    form.onsubmit = function (e) { e.preventDefault(); facts[q.fact] = value(q, f.input); refresh(); };
    f.input.focus();
  }

  function renderReport(r) {
    $('totals').textContent = t('total') + ': ' + yuan(r.totals.amount) + '，' + t('upTo') + ' ' + yuan(r.totals.upTo) + (r.totals.upToIsBounded ? '' : '+');
    var list = $('decisions');
    list.textContent = '';
    r.decisions.forEach(function (d) {
      var li = document.createElement('li');
      li.setAttribute('data-policy', d.policyId);
      li.setAttribute('data-verdict', d.verdict);
      var head = document.createElement('strong');
      head.textContent = text(d.title) || d.policyId;
      var verdict = document.createElement('span');
      verdict.className = 'verdict ' + d.verdict;
      verdict.textContent = ' · ' + t(d.verdict) + (d.award && d.award.amount !== null && d.award.amount !== undefined ? ' · ' + yuan(d.award.amount) : (d.award && d.award.upTo ? ' · ' + t('upTo') + ' ' + yuan(d.award.upTo) : ''));
      li.appendChild(head); li.appendChild(verdict);
      (d.reasons || []).forEach(function (n) { var p = document.createElement('p'); p.textContent = text(n.text); li.appendChild(p); });
      if (d.verdict !== 'eligible') {
        var why = document.createElement('button'); why.type = 'button'; why.textContent = t('take');
        why.setAttribute('aria-label', t('take') + ': ' + (text(d.title) || d.policyId));
        why.addEventListener('click', function () {
          call('POST', '/explain' + query() + '&policy=' + encodeURIComponent(d.policyId), { facts: facts }).then(function (req) {
            var ul = document.createElement('ul');
            req.needs.forEach(function (n) { var x = document.createElement('li'); x.textContent = text(n.text); ul.appendChild(x); });
            li.appendChild(ul); why.disabled = true;
          }).catch(showError);
        });
        li.appendChild(why);
      }
      list.appendChild(li);
    });
    var link = $('download');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(r, null, 2)], { type: 'application/json' }));
  }

  function relabel() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (e) { e.textContent = t(e.getAttribute('data-t')); });
    $('title').textContent = t('title');
    document.title = t('title') + ' · PolicyKit';
    $('lang').textContent = t('lang');
    $('lang').setAttribute('aria-label', t('langLabel'));
  }

  $('lang').addEventListener('click', function () { lang = lang === 'zh' ? 'en' : 'zh'; relabel(); refresh(); });
  $('catalog').addEventListener('change', function () { facts = {}; skipped = {}; refresh(); });
  $('asof').addEventListener('change', refresh);
  call('GET', '/catalogs').then(function (c) {
    c.catalogs.forEach(function (x) { var o = document.createElement('option'); o.value = x.id; o.textContent = x.id + ' (' + x.version + ')'; $('catalog').appendChild(o); });
    return refresh();
  }).catch(showError);
}());
