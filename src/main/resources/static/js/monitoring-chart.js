// The round overview's chart: reports per department stacked by light, from the data attributes the page carries.
(function () {
    'use strict';
    function numbers(text) {
        return text ? text.split(',').map(Number) : [];
    }
    document.addEventListener('DOMContentLoaded', function () {
        var node = document.getElementById('round-chart');
        if (!node || !window.echarts) {
            return;
        }
        var labels = node.dataset.labels.split('|');
        var departments = node.dataset.departments ? node.dataset.departments.split('|') : [];
        var colors = ['#dc3545', '#ffc107', '#198754', '#adb5bd'];
        var series = ['red', 'yellow', 'green', 'unfilled'].map(function (key, i) {
            return {name: labels[i], type: 'bar', stack: 'lights', data: numbers(node.dataset[key]),
                itemStyle: {color: colors[i]}, label: {show: true, formatter: function (p) {
                    return p.value > 0 ? p.value : '';
                }}};
        });
        var chart = window.echarts.init(node);
        chart.setOption({
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
            legend: {top: 0},
            grid: {left: 8, right: 24, top: 36, bottom: 8, containLabel: true},
            xAxis: {type: 'value', minInterval: 1},
            yAxis: {type: 'category', data: departments, inverse: true},
            series: series
        });
        window.addEventListener('resize', function () {
            chart.resize();
        });
    });
}());
