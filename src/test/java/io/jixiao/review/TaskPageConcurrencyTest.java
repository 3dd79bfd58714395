package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.jixiao.ProductTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Many 待办 pages at once, more than the pool has connections: each page's reads take one connection at a time (they
 * run without a transaction), so none waits for a connection another page holds.
 */
@ProductTest
class TaskPageConcurrencyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void moreTaskPagesAtOnceThanConnectionsAllAnswer() throws Exception {
		UserDetails finance = users.loadUserByUsername("finance1");
		ExecutorService clients = Executors.newFixedThreadPool(30);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 150; i++) {
				answers.add(clients.submit(() -> mvc.perform(get("/tasks").with(user(finance))).andReturn()
					.getResponse().getStatus()));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			clients.shutdownNow();
		}
	}
}
