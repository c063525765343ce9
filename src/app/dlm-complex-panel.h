/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_COMPLEX_PANEL (dlm_complex_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmComplexPanel, dlm_complex_panel, DLM, COMPLEX_PANEL, DlmTopicPanel)

G_END_DECLS
