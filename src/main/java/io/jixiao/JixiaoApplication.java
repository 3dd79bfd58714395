package io.jixiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 预算绩效目标管理: drafting, checking, reviewing and publishing performance target tables. */
@SpringBootApplication
public class JixiaoApplication {

	public static void main(String[] args) {
		SpringApplication.run(JixiaoApplication.class, args);
	}
}
