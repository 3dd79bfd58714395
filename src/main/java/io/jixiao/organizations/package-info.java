/** The organization tree (finance bureau, departments, budget units), user accounts, roles and who sees what. */
package io.jixiao.organizations;
