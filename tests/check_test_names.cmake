# Fails when a test name is so long that ctest's progress lines exceed 80 columns.
# ctest pads every name to the longest one (at least 30), so one long name widens every line:
#   "123/456 Test #123: Suite.Name ........   Passed    0.12 sec"
# is max(30, longest) + 35 + 3 * (digits of the test count) columns (measured on ctest 3.25),
# so with 100 to 999 tests a name may have at most 36 characters.
# Usage: cmake -DCTEST=ctest -DBINARY_DIR=build/dev -P tests/check_test_names.cmake
set(columns 80)
execute_process(COMMAND ${CTEST} -N --test-dir ${BINARY_DIR} OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ctest -N failed (${rc}):\n${listing}")
endif()
string(REGEX MATCHALL "Test +#[0-9]+: [^\n]+" lines "${listing}")
list(LENGTH lines count)
if(count EQUAL 0)
  message(FATAL_ERROR "ctest -N listed no test:\n${listing}")
endif()
string(LENGTH "${count}" digits)
math(EXPR limit "${columns} - 35 - 3 * ${digits}")
set(too_long "")
foreach(line IN LISTS lines)
  string(REGEX REPLACE "^Test +#[0-9]+: " "" name "${line}")
  string(LENGTH "${name}" length)
  if(length GREATER limit)
    string(APPEND too_long "  ${name} (${length})\n")
  endif()
endforeach()
if(too_long)
  message(FATAL_ERROR "with ${count} tests a name may have at most ${limit} characters so that ctest's "
                      "lines fit in ${columns} columns; shorten:\n${too_long}")
endif()
message(STATUS "${count} test names, all at most ${limit} characters")
