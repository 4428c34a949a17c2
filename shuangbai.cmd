@echo off
rem 双百考核启动脚本（Windows）：首次运行或源码更新后请先运行 mvn -DskipTests package。
chcp 65001 >nul
setlocal
set HERE=%~dp0
if not exist "%HERE%target\shuangbai.jar" (
  echo 正在构建 shuangbai ……
  pushd "%HERE%" && call mvn -q -B -DskipTests package && popd
)
java @"%HERE%jvm.options" -jar "%HERE%target\shuangbai.jar" %*
