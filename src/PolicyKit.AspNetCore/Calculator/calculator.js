// 政策计算器: asks PolicyKit's ask endpoint for the next question, shows match and explain results.
(function () {
  'use strict';
  var api = document.documentElement.getAttribute('data-api');
  var T = {
    zh: { setup: '选择政策清单与日期', catalog: '政策清单', district: '注册地', pick: '请选择', asOf: '判定日期', question: '下一个问题', results: '结果', download: '下载报告 JSON',
      answer: '确定', skip: '跳过', yes: '是', no: '否', done: '没有更多问题了。', total: '合计', upTo: '最高', take: '需要什么条件',
      eligible: '符合', ineligible: '不符合', undetermined: '待定', stake: '涉及金额最高', source: '出处', colon: '：', noSum: '所涉事项未载明确定金额或为非资金支持', lang: 'English', langLabel: 'Switch to English', title: '政策计算器' },
    en: { setup: 'Pick a policy list and date', catalog: 'Policy list', district: 'Registered in', pick: 'Choose', asOf: 'Decision date', question: 'Next question', results: 'Results', download: 'Download report JSON',
      answer: 'OK', skip: 'Skip', yes: 'Yes', no: 'No', done: 'No more questions.', total: 'Total', upTo: 'up to', take: 'What it would take',
      eligible: 'Eligible', ineligible: 'Not eligible', undetermined: 'Undetermined', stake: 'At stake up to', source: 'Source', colon: ': ', noSum: 'No stated sum at stake (or non-monetary support)', lang: '中文', langLabel: '切换到中文', title: 'Policy calculator' }
  };
  var lang = 'zh';
  var facts = {};
  var skipped = {};
  var report = null;
  var catalogs = [];
  var DISTRICT = 'enterprise.district';
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

  function current() { return catalogs.filter(function (c) { return c.id === $('catalog').value; })[0] || catalogs[0]; }

  function option(select, value, label) { var e = document.createElement('option'); e.value = value; e.textContent = label; select.appendChild(e); }

  function districtOptions(select) {
    option(select, '', t('pick'));
    ((current() || {}).districts || []).forEach(function (d) { option(select, d.code, text(d.name)); });
  }

  function fillSetup() {
    var keep = $('catalog').value;
    $('catalog').textContent = '';
    catalogs.forEach(function (x) { option($('catalog'), x.id, (text(x.title) || x.id) + '（' + x.version + '）'); });
    if (keep) { $('catalog').value = keep; }
    $('district').textContent = '';
    districtOptions($('district'));
    $('district').value = facts[DISTRICT] || '';
  }

  function loadCatalogs() {
    return call('GET', '/catalogs?lang=' + lang).then(function (c) { catalogs = c.catalogs; fillSetup(); });
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
    label.textContent = text(q.label);
    wrap.appendChild(label);
    var hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = 'answer-type';
    hint.textContent = text(q.typeText);
    var input;
    if (q.type === 'bool') {
      input = document.createElement('select');
      option(input, 'true', t('yes'));
      option(input, 'false', t('no'));
    } else if ((q.type === 'code' || q.type === 'codeSet' || q.type === 'certifications') && q.codes && q.codes.length) {
      input = document.createElement('select');
      if (q.type !== 'code') { input.multiple = true; }
      q.codes.forEach(function (c) { option(input, c, text((q.codeLabels || {})[c]) || c); });
    } else if (q.type === 'jurisdiction' && ((current() || {}).districts || []).length) {
      input = document.createElement('select');
      districtOptions(input);
    } else {
      input = document.createElement('input');
      input.type = (q.type === 'integer' || q.type === 'decimal' || q.type === 'money') ? 'number' : (q.type === 'date' ? 'date' : 'text');
      if (input.type === 'number') { input.step = q.type === 'integer' ? '1' : 'any'; }
    }
    input.id = id;
    input.required = true;
    input.setAttribute('aria-describedby', 'answer-type');
    wrap.appendChild(input);
    wrap.appendChild(hint);
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
    if (!q) { form.removeAttribute('data-fact'); var p = document.createElement('p'); p.textContent = t('done'); form.appendChild(p); return; }
    var f = field(q);
    form.setAttribute('data-fact', q.fact);
    form.setAttribute('data-type', q.type);
    form.appendChild(f.wrap);
    var stake = document.createElement('p');
    stake.className = 'stake';
    stake.textContent = q.upToAtStake === 0 && q.upToIsBounded ? t('noSum') : t('stake') + ' ' + text(q.upToAtStakeText) + (q.upToIsBounded ? '' : '+');
    form.appendChild(stake);
    var ok = document.createElement('button'); ok.type = 'submit'; ok.textContent = t('answer');
    var skip = document.createElement('button'); skip.type = 'button'; skip.textContent = t('skip');
    skip.addEventListener('click', function () { skipped[q.fact] = true; refresh(); });
    form.appendChild(ok); form.appendChild(skip);
    form.onsubmit = function (e) {
      e.preventDefault();
      facts[q.fact] = value(q, f.input);
      if (q.fact === DISTRICT) { $('district').value = facts[DISTRICT]; }
      refresh();
    };
    f.input.focus();
  }

  // Each condition under the one that holds it, as the engine decided it.
  function reasonList(nodes) {
    var ul = document.createElement('ul');
    ul.className = 'reasons';
    nodes.forEach(function (n) {
      var x = document.createElement('li');
      x.textContent = text(n.text);
      if (n.children && n.children.length) { x.appendChild(reasonList(n.children)); }
      ul.appendChild(x);
    });
    return ul;
  }

  function renderReport(r) {
    $('totals').textContent = t('total') + t('colon') + text(r.totals.amountText) + (lang === 'zh' ? '，' : ', ') + t('upTo') + ' ' + text(r.totals.upToText) + (r.totals.upToIsBounded ? '' : '+');
    var list = $('decisions');
    list.textContent = '';
    r.decisions.forEach(function (d) {
      var li = document.createElement('li');
      li.setAttribute('data-policy', d.policyId);
      li.setAttribute('data-verdict', d.verdict);
      var source = d.source || {};
      var head = document.createElement('strong');
      head.textContent = text(source.title) || d.policyId;
      var verdict = document.createElement('span');
      verdict.className = 'verdict ' + d.verdict;
      verdict.textContent = ' · ' + t(d.verdict) + (d.award && d.award.text ? ' · ' + text(d.award.text) : '');
      li.appendChild(head); li.appendChild(verdict);
      if (d.reasons && d.reasons.length) { li.appendChild(reasonList(d.reasons)); }
      // Where the item comes from and what its sources leave open, as published.
      if (source.citations && source.citations.length) {
        var where = document.createElement('details');
        var summary = document.createElement('summary');
        summary.textContent = t('source') + (source.list && source.list.title ? t('colon') + text(source.list.title) : '') + (source.department ? ' · ' + text(source.department) : '');
        where.appendChild(summary);
        source.citations.forEach(function (c) { var q = document.createElement('blockquote'); q.textContent = c.quote + '（' + c.document + '）'; where.appendChild(q); });
        if (source.note) { var note = document.createElement('p'); note.textContent = text(source.note); where.appendChild(note); }
        li.appendChild(where);
      }
      if (d.verdict !== 'eligible') {
        var why = document.createElement('button'); why.type = 'button'; why.textContent = t('take');
        why.setAttribute('aria-label', t('take') + ': ' + (text(source.title) || d.policyId));
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

  $('lang').addEventListener('click', function () { lang = lang === 'zh' ? 'en' : 'zh'; relabel(); loadCatalogs().then(refresh).catch(showError); });
  $('catalog').addEventListener('change', function () { facts = {}; skipped = {}; fillSetup(); refresh(); });
  $('district').addEventListener('change', function () {
    if ($('district').value) { facts[DISTRICT] = $('district').value; } else { delete facts[DISTRICT]; }
    refresh();
  });
  $('asof').addEventListener('change', refresh);
  loadCatalogs().then(refresh).catch(showError);
}());
