// A round overview's chart: one bar per department, stacked by the series the page lists as <data> children of the
// chart's node (label, colour and the counts per department), so every overview draws its chart the same way.
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        if (!window.echarts) {
            return;
        }
        document.querySelectorAll('.stacked-chart').forEach(function (node) {
            var categories = node.dataset.categories ? node.dataset.categories.split('|') : [];
            var series = Array.prototype.map.call(node.querySelectorAll('data'), function (item) {
                return {name: item.dataset.label, type: 'bar', stack: 'all',
                    data: item.value ? item.value.split(',').map(Number) : [],
                    itemStyle: {color: item.dataset.color}, label: {show: true, formatter: function (p) {
                        return p.value > 0 ? p.value : '';
                    }}};
            });
            var chart = window.echarts.init(node);
            chart.setOption({
                tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
                legend: {top: 0},
                grid: {left: 8, right: 24, top: 36, bottom: 8, containLabel: true},
                xAxis: {type: 'value', minInterval: 1},
                yAxis: {type: 'category', data: categories, inverse: true},
                series: series
            });
            window.addEventListener('resize', function () {
                chart.resize();
            });
        });
    });
}());
