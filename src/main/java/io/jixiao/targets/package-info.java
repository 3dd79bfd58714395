/** Performance target tables: the table aggregate with its indicators, drafting pages and the tables API. */
package io.jixiao.targets;
