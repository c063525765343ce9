/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic-panel.h"

G_BEGIN_DECLS

#define DLM_TYPE_ENCODING_PANEL (dlm_encoding_panel_get_type ())

G_DECLARE_FINAL_TYPE (DlmEncodingPanel, dlm_encoding_panel, DLM, ENCODING_PANEL, DlmTopicPanel)

G_END_DECLS
