/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_EXPLOG_PANEL (dlm_explog_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmExplogPanel, dlm_explog_panel, DLM, EXPLOG_PANEL, DlmTopicPanel)

G_END_DECLS
