package io.jixiao.evaluation;

import io.jixiao.publication.Grid;
import io.jixiao.system.NotFoundException;
import io.jixiao.targets.PublishedHeader;
import io.jixiao.targets.PublishedListing;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Self-evaluations on the public site (决算公开), without login: only an evaluation finance accepted whose table is
 * published 公开. Anything else answers 404 the same way, so a withheld table's evaluation is never named.
 */
@Controller
class PublicEvaluations {

	private final Evaluations evaluations;
	private final EvaluationQueries queries;
	private final EvaluationSheets sheets;
	private final EvaluationDownloads downloads;
	private final PublishedListing listing;

	PublicEvaluations(Evaluations evaluations, EvaluationQueries queries, EvaluationSheets sheets,
			EvaluationDownloads downloads, PublishedListing listing) {
		this.evaluations = evaluations;
		this.queries = queries;
		this.sheets = sheets;
		this.downloads = downloads;
		this.listing = listing;
	}

	@GetMapping("/public/evaluations/{id}")
	String page(@PathVariable long id, Model model) {
		Published found = published(id);
		model.addAttribute("header", found.header());
		model.addAttribute("evaluation", found.view());
		model.addAttribute("grid", found.grid());
		return "evaluation/public";
	}

	@GetMapping("/public/evaluations/{id}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return downloads.xlsx(published(id).grid(), id);
	}

	@GetMapping("/public/evaluations/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return downloads.pdf(published(id).grid(), id);
	}

	record Published(PublishedHeader header, EvaluationView view, Grid grid) {
	}

	Published published(long id) {
		Evaluation evaluation = evaluations.findWithRows(id)
			.filter(e -> e.getStatus() == EvaluationStatus.ACCEPTED)
			.orElseThrow(() -> new NotFoundException("public evaluation " + id));
		PublishedHeader header = listing.header(evaluation.getTableId()).filter(PublishedHeader::isPublic)
			.orElseThrow(() -> new NotFoundException("public evaluation " + id));
		EvaluationView view = queries.view(evaluation);
		String department = header.departmentName() == null ? "" : header.departmentName();
		return new Published(header, view, sheets.evaluation(view, department, header.implementingUnit()));
	}
}
