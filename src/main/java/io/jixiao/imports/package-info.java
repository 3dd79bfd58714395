/** Imports tables from pasted text, Excel workbooks and published disclosure documents, and suggests indicators. */
package io.jixiao.imports;
