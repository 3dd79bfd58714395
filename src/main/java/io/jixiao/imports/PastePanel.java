package io.jixiao.imports;

import io.jixiao.targets.TablePageExtension;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts the paste import (rows copied from Word, Excel or a PDF) below the indicators of the drafting form. */
@Component
class PastePanel implements TablePageExtension {

	@Override
	public List<Panel> panels() {
		return List.of(new Panel(Slot.FORM_BELOW_INDICATORS, "imports/paste", "panel"));
	}
}
