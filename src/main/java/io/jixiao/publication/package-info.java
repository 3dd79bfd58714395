/**
 * Public disclosure (公开) without login: published public tables in the official layout, the summary list and
 * the 预算绩效情况 statement per department and year, their .xlsx and PDF downloads and the public JSON API.
 */
package io.jixiao.publication;
