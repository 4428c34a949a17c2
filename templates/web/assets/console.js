// 双百考核网页控制台：拖放上传、进度、表格排序、整行点击。无第三方库，无内联脚本。
(function () {
  'use strict';
  var csrf = document.body.getAttribute('data-csrf') || '';

  // 看板：点一行打开该单位
  document.querySelectorAll('tr[data-href]').forEach(function (row) {
    row.addEventListener('click', function (e) {
      if (e.target.closest('a')) { return; }
      window.location.href = row.getAttribute('data-href');
    });
  });

  // 回收：拖放或选择文件后上传，再转到进度页逐个显示结论
  var drop = document.getElementById('drop');
  if (drop) {
    var form = document.getElementById('upload-form');
    var input = document.getElementById('upload-files');
    var bar = document.getElementById('upload-progress');
    var message = document.getElementById('upload-message');
    var maxFile = Number(drop.getAttribute('data-max-file')) * 1024 * 1024;
    var maxRequest = Number(drop.getAttribute('data-max-request')) * 1024 * 1024;

    var send = function (files) {
      if (!files || files.length === 0) { message.textContent = '请先选择文件。'; return; }
      var data = new FormData();
      var total = 0;
      for (var i = 0; i < files.length; i++) {
        if (files[i].size > maxFile) {
          message.textContent = '“' + files[i].name + '”超过 ' + (maxFile / 1048576) + ' MB，未上传。';
          return;
        }
        total += files[i].size;
        data.append('files', files[i], files[i].name);
      }
      if (total > maxRequest) {
        message.textContent = '一次上传合计超过 ' + (maxRequest / 1048576) + ' MB，请分几次上传。';
        return;
      }
      var xhr = new XMLHttpRequest();
      xhr.open('POST', '/intake/upload');
      xhr.setRequestHeader('X-CSRF-Token', csrf);
      bar.hidden = false;
      bar.value = 0;
      message.textContent = '正在上传 ' + files.length + ' 个文件……';
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) { bar.value = Math.round(e.loaded * 100 / e.total); }
      });
      xhr.addEventListener('load', function () {
        if (xhr.status === 200 && xhr.responseURL.indexOf('/jobs/') >= 0) {
          window.location.href = xhr.responseURL;
          return;
        }
        var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        var lines = page.querySelector('.error-lines');
        message.textContent = lines ? lines.textContent.trim() : ('上传失败（' + xhr.status + '）。');
        bar.hidden = true;
      });
      xhr.addEventListener('error', function () {
        message.textContent = '上传中断：网络错误或文件过大。';
        bar.hidden = true;
      });
      xhr.send(data);
    };

    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) { send(e.dataTransfer.files); });
    form.addEventListener('submit', function (e) { e.preventDefault(); send(input.files); });
  }

  // 进度页：每隔片刻取回新的结论，追加到表格
  var job = document.getElementById('job');
  if (job && job.getAttribute('data-state') === 'RUNNING') {
    var id = job.getAttribute('data-job');
    var next = Number(job.getAttribute('data-next'));
    var rows = document.getElementById('verdicts');
    var progress = document.getElementById('job-progress');
    var count = document.getElementById('job-count');
    var poll = function () {
      var state;
      fetch('/jobs/' + id + '/rows?from=' + next, { credentials: 'same-origin' }).then(function (r) {
        state = r.headers.get('X-Job-State');
        next = Number(r.headers.get('X-Job-Next'));
        var done = Number(r.headers.get('X-Job-Done'));
        var total = Number(r.headers.get('X-Job-Total'));
        if (total > 0) {
          progress.value = Math.round(done * 100 / total);
          count.textContent = done + ' / ' + total;
        }
        return r.text();
      }).then(function (html) {
        if (rows && html.trim()) { rows.insertAdjacentHTML('beforeend', html); }
        if (state === 'RUNNING') { window.setTimeout(poll, 300); } else { window.location.reload(); }
      }).catch(function () { window.setTimeout(poll, 2000); });
    };
    window.setTimeout(poll, 200);
  }

  // 点表头排序（数字按大小，其余按拼音/字典序）
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.querySelectorAll('thead th');
    heads.forEach(function (th, col) {
      th.addEventListener('click', function () {
        var asc = !th.classList.contains('asc');
        heads.forEach(function (h) { h.classList.remove('asc', 'desc'); });
        th.classList.add(asc ? 'asc' : 'desc');
        var body = table.tBodies[0];
        var list = Array.prototype.slice.call(body.rows);
        list.sort(function (a, b) {
          var x = a.cells[col].textContent.trim();
          var y = b.cells[col].textContent.trim();
          var nx = parseFloat(x);
          var ny = parseFloat(y);
          var c;
          if (x === '' || y === '') { c = (x === '') - (y === ''); return c; }
          c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, 'zh-CN');
          return asc ? c : -c;
        });
        list.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
