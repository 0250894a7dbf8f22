#include "ctool.h"
int ctool_answer(void) { return 42; }
