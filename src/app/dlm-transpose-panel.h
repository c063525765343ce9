/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_TRANSPOSE_PANEL (dlm_transpose_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmTransposePanel, dlm_transpose_panel, DLM, TRANSPOSE_PANEL, DlmTopicPanel)

G_END_DECLS
