/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_MATMUL_PANEL (dlm_matmul_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmMatmulPanel, dlm_matmul_panel, DLM, MATMUL_PANEL, DlmTopicPanel)

G_END_DECLS
