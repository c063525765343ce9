/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_MEANVAR_PANEL (dlm_meanvar_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmMeanvarPanel, dlm_meanvar_panel, DLM, MEANVAR_PANEL, DlmTopicPanel)

G_END_DECLS
