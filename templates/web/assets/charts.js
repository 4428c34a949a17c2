// 计分页的图表：把页面里的数据表（table.chart-data）画成 ECharts 柱状图；没有脚本时数据表照常显示。
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var colors = ['#a61b1b', '#2f5d8a', '#c98a00', '#3c8d5a'];
  document.querySelectorAll('table.chart-data').forEach(function (table) {
    var labels = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1)
      .map(function (th) { return th.textContent; });
    var series = Array.prototype.slice.call(table.querySelectorAll('tbody tr')).map(function (tr) {
      var cells = Array.prototype.slice.call(tr.children);
      return {
        name: cells[0].textContent,
        type: 'bar',
        data: cells.slice(1).map(function (td) { var t = td.textContent.trim(); return t === '' ? null : Number(t); })
      };
    });
    var canvas = document.createElement('div');
    canvas.className = 'chart-canvas';
    table.parentNode.insertBefore(canvas, table);
    table.classList.add('drawn');
    var chart = echarts.init(canvas, null, { renderer: 'canvas' });
    chart.setOption({
      color: colors,
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 64 },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', name: table.getAttribute('data-y') || '' },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
